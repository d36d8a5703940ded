"""`planner brief`: a free-text brief, from an argument or stdin, becomes brief TOML (docs/reference.md)."""

import tomllib


def test_brief_command(run, tmp_path):
    r = run("brief", "we sell soy candles on Amazon, post 4x a week on Instagram, "
                     "code GLOW15 is 15% off until Dec 14")
    assert r.code == 0, r.err
    data = tomllib.loads(r.out)
    assert data["product"] == "soy candles" and data["posts_per_week"] == 4
    assert data["offer"]["code"] == "GLOW15"
    r = run("brief", "-", stdin="we sell handmade mugs on Etsy")
    assert tomllib.loads(r.out)["sells_on"] == ["etsy"]
    assert run("brief", "hello there").code == 1
