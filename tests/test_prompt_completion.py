from planner.tui.widgets.prompt import complete


def test_commands_complete():
    assert complete("/pl") == "/plan "
    assert complete("/sa") == "/save"  # /save and /save-brief share it
    assert complete("/zz") is None
    assert complete("hello") is None
    assert complete("/export ic") == "/export ics "


def test_paths_complete(tmp_path):
    (tmp_path / "posts-november.csv").write_text("text\nx\n")
    (tmp_path / "sub").mkdir()
    assert complete(f"/posts {tmp_path}/po") == f"/posts {tmp_path}/posts-november.csv"
    assert complete(f"/open {tmp_path}/s") == f"/open {tmp_path}/sub/"
    assert complete(f"/export csv {tmp_path}/p") == f"/export csv {tmp_path}/posts-november.csv"
    assert complete(f"/posts {tmp_path}/nothing") is None
