"""`planner report`'s "Label these to teach the model" section and `planner label`, which
labels one of the posts it lists (docs/reference.md)."""

import json
import re

from planner.io import load_posts


def test_report_lists_posts_to_label_with_the_command(run, demo_posts):
    r = run("report", demo_posts)
    assert r.code == 0
    section = r.out[r.out.index("Label these to teach the model"):]
    numbers = [int(n) for n in re.findall(r"^  post (\d+) ", section, re.M)]
    assert 1 <= len(numbers) <= 5 and len(set(numbers)) == len(numbers)
    assert f"Label one with: planner label {demo_posts} {numbers[0]} STAGE" in section
    posts = load_posts([demo_posts])
    first_line = section.splitlines()[1]
    assert " or " in first_line and posts[numbers[0] - 1].text[:30] in first_line
    data = json.loads(run("report", demo_posts, "--format", "json").out)
    assert [t["post"] for t in data["to_label"]] == numbers
    assert all(t["text"] == posts[t["post"] - 1].text for t in data["to_label"])
    assert all(0 <= t["margin"] < 0.5 and len(set(t["stages"])) == 2 for t in data["to_label"])
    assert data["label_command"] == f"planner label {demo_posts} N STAGE"
    markdown = run("report", demo_posts, "--format", "markdown").out
    assert "## Label these to teach the model" in markdown
    assert f"| {numbers[0]} | " in markdown.split("## Label these")[1]
    assert "Label these to teach the model" in run("report", demo_posts, "--format", "html").out


def test_posts_from_stdin_get_the_generic_command(run, demo_posts):
    r = run("report", "-", "--input-format", "csv", stdin=demo_posts.read_text())
    assert r.code == 0 and "Label one with: planner label POSTS " in r.out


def test_a_report_the_model_is_sure_of_offers_nothing(run, tmp_path):
    posts = tmp_path / "sure.csv"
    posts.write_text("text\nShop now: 20% off everything with code SAVE20, today only!\n")
    r = run("report", posts, "--format", "json")
    assert json.loads(r.out)["to_label"] == []
    assert "Label these" not in run("report", posts).out


def test_label_keeps_the_post_for_training(run, demo_posts, _isolated_home):
    r = run("label", demo_posts, "3", "loyalty")
    assert r.code == 0, r.err
    text = load_posts([demo_posts])[2].text
    assert "post 3: loyalty" in r.err and str(_isolated_home / "labels.csv") in r.err
    labels = (_isolated_home / "labels.csv").read_text(encoding="utf-8")
    assert labels.startswith("text,stage\n") and labels.rstrip().endswith(",loyalty")
    assert text.split(",")[0] in labels
    assert run("label", demo_posts, "3", "advocacy").code == 0  # labelled again: the latest stays
    labels = (_isolated_home / "labels.csv").read_text(encoding="utf-8")
    assert labels.count("\n") == 2 and labels.rstrip().endswith(",advocacy")


def test_label_refuses_bad_numbers_and_stages_in_one_line(run, demo_posts, _isolated_home):
    for args, message in [(("999", "loyalty"), "there is no post 999: the posts number from 1 to 30"),
                          (("0", "loyalty"), "post number must be a whole number from 1"),
                          (("two", "loyalty"), "post number must be a whole number from 1"),
                          (("3", "sales"), "unknown stage 'sales'")]:
        r = run("label", demo_posts, *args)
        assert r.code == 1 and message in r.err and len(r.err.strip().splitlines()) == 1, r.err
    assert run("label", "-", "3", "loyalty").code == 2  # stdin needs --input-format
    assert not (_isolated_home / "labels.csv").exists()
