"""The import contracts of pyproject.toml hold for the package, and they can fail.

``lint-imports`` runs once per contract on a copy of ``[tool.importlinter]`` that
gives each contract an id, first on ``planner`` and then, with the package name
swapped, on a tiny synthetic package that breaks both contracts: a contract that
never reports BROKEN would pass here for nothing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
CONTRACT_IDS = {"layers": "layers", "acyclic_siblings": "acyclic"}


def project_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _renamed(value, package: str):
    """A config value with the root package ``planner`` replaced by ``package``."""
    if isinstance(value, str):
        return re.sub(r"\bplanner\b", package, value)
    if isinstance(value, list):
        return [_renamed(item, package) for item in value]
    return value


def write_config(path: Path, package: str = "planner") -> Path:
    """Write the project's contracts for ``package`` as TOML, each contract with an id."""
    config = project_config()
    assert sorted(contract["type"] for contract in config["contracts"]) == sorted(CONTRACT_IDS), \
        "a new contract type needs an id in CONTRACT_IDS"
    lines = ["[tool.importlinter]"]
    lines += [f"{key} = {json.dumps(_renamed(value, package))}"
              for key, value in config.items() if key != "contracts"]
    for contract in config["contracts"]:
        lines += ["", "[[tool.importlinter.contracts]]", f"id = {json.dumps(CONTRACT_IDS[contract['type']])}"]
        lines += [f"{key} = {json.dumps(_renamed(value, package))}" for key, value in contract.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lint(config: Path, contract_id: str, cwd: Path, pythonpath: str | None = None) -> subprocess.CompletedProcess:
    env = None if pythonpath is None else {**os.environ, "PYTHONPATH": pythonpath}
    return subprocess.run([str(LINT_IMPORTS), str(config), "--contract", contract_id, "--no-cache", "--no-logo"],
                          check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def verdict(result: subprocess.CompletedProcess) -> str:
    """KEPT or BROKEN from the closing count line of one contract's run (or the whole output if neither)."""
    if "Contracts: 1 kept, 0 broken." in result.stdout and result.returncode == 0:
        return "KEPT"
    if "Contracts: 0 kept, 1 broken." in result.stdout and result.returncode == 1:
        return "BROKEN"
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def planner_runs(tmp_path_factory) -> dict[str, subprocess.CompletedProcess]:
    config = write_config(tmp_path_factory.mktemp("contracts") / "importlinter.toml")
    return {contract_id: lint(config, contract_id, cwd=ROOT) for contract_id in CONTRACT_IDS.values()}


def test_layers_are_kept(planner_runs):
    result = planner_runs["layers"]
    assert verdict(result) == "KEPT", result.stdout


def test_no_circles(planner_runs):
    result = planner_runs["acyclic"]
    assert verdict(result) == "KEPT", result.stdout


FAKE_PACKAGE = {
    # An upward import: the domain layer reaches into planning.
    "domain/a.py": "import fakepkg.planning.b\n",
    "planning/b.py": "VALUE = 1\n",
    # A circle between two siblings of one package.
    "text/c.py": "from fakepkg.text import d\n",
    "text/d.py": "from fakepkg.text import c\n",
}


@pytest.fixture(scope="module")
def fake_package(tmp_path_factory) -> tuple[Path, Path]:
    """A package with every layer of the contract, one upward import and one circle; and its config."""
    where = tmp_path_factory.mktemp("fake")
    package = where / "fakepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    layer_names = {name for contract in project_config()["contracts"] for layer in contract.get("layers", [])
                   for name in re.findall(r"planner\.(\w+)", layer)}
    for name in layer_names:
        (package / name).mkdir()
        (package / name / "__init__.py").write_text("")
    for relative, source in FAKE_PACKAGE.items():
        (package / relative).write_text(source)
    return where, write_config(where / "importlinter.toml", "fakepkg")


def test_an_upward_import_breaks_the_layers(fake_package):
    where, config = fake_package
    result = lint(config, "layers", cwd=where, pythonpath=str(where))
    assert verdict(result) == "BROKEN", result.stdout + result.stderr
    assert "fakepkg.domain.a -> fakepkg.planning.b" in result.stdout


def test_a_circle_breaks_the_acyclic_contract(fake_package):
    where, config = fake_package
    result = lint(config, "acyclic", cwd=where, pythonpath=str(where))
    assert verdict(result) == "BROKEN", result.stdout + result.stderr
    assert "No cycles are allowed in fakepkg.text" in result.stdout
