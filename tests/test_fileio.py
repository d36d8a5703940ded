import pytest

from planner.errors import PlannerError
from planner.fileio import decode_bytes, read_text, write_atomic


def test_write_atomic_refuses_existing_file(tmp_path):
    p = tmp_path / "a.toml"
    write_atomic(p, "one")
    with pytest.raises(PlannerError, match="already exists"):
        write_atomic(p, "two")
    assert p.read_text() == "one"
    write_atomic(p, "two", force=True)
    assert p.read_text() == "two"


def test_write_atomic_leaves_no_temp_files(tmp_path):
    write_atomic(tmp_path / "x" / "y.txt", b"bytes")
    assert sorted(f.name for f in (tmp_path / "x").iterdir()) == ["y.txt"]


def test_write_atomic_into_directory_path_fails_cleanly(tmp_path):
    with pytest.raises(PlannerError):
        write_atomic(tmp_path, "x", force=True)


@pytest.mark.parametrize("data,expected", [
    ("héllo".encode("utf-8"), "héllo"),
    ("\ufeffhéllo".encode("utf-8"), "héllo"),
    ("héllo".encode("utf-16"), "héllo"),
    ("héllo".encode("latin-1"), "héllo"),
])
def test_decode_bytes_handles_common_encodings(data, expected):
    assert decode_bytes(data) == expected


def test_binary_and_missing_files_are_named(tmp_path):
    b = tmp_path / "b.csv"
    b.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(PlannerError, match="b.csv.*binary"):
        read_text(b)
    with pytest.raises(PlannerError, match="nope.csv.*no such file"):
        read_text(tmp_path / "nope.csv")
    with pytest.raises(PlannerError, match="directory"):
        read_text(tmp_path)
