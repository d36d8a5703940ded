"""A built wheel carries the templates, the model and the data: found from the installed package."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_plans_from_another_folder(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(ROOT)], check=True,
                   capture_output=True)
    [wheel] = list(wheels.glob("planner-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "planner/models/stage_model.skops" in names
    assert "planner/models/nlp/config.cfg" in names
    assert any(n.startswith("planner/templates/conversion/") for n in names)
    assert "planner/data/platforms.toml" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "PLANNER_HOME": str(tmp_path / "home")}
    brief = ROOT / "planner" / "data" / "demo" / "brief.toml"
    posts = ROOT / "planner" / "data" / "demo" / "posts.csv"
    out = subprocess.run([sys.executable, "-m", "planner", "plan", "--brief", str(brief),
                          "--posts", str(posts), "-o", "cal.toml"], cwd=elsewhere, env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    where = subprocess.run([sys.executable, "-c", "import planner.resources as r; "
                            "print(r.templates_dir()); print(r.models_dir())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert all(line.startswith(str(target)) for line in where.stdout.split())
    assert (elsewhere / "cal.toml").read_text().count("[[posts]]") == 20
