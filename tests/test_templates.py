"""The template library: coverage of every tactic, clean renders, overrides, the sandbox."""

import datetime as dt
import tomllib

import pytest

from planner.domain.brief import PLATFORMS, brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.domain.funnel import STAGES
from planner.domain.platforms import load_platforms
from planner.planning.lint import lint_post
from planner.planning.plan import needs_met, template_context
from planner.planning.render import TemplateLibrary
from planner.resources import data_dir

LIB = TemplateLibrary()
PLATS = load_platforms()
FULL = brief_from_dict({
    "product": "Glow soy candles", "brand": "Glow & Co",
    "description": "hand-poured soy candles in recycled glass jars",
    "audience": "people who love a calm home", "platforms": list(PLATFORMS),
    "sells_on": ["amazon", "etsy"], "hashtag": "#GlowAtHome", "url": "https://glow.example",
    "referral_reward": "a free travel tin for you and your friend", "free_shipping": True,
    "customer_perk": "10% off your next order with code THANKS10",
    "offer": {"code": "GLOW15", "discount": "15% off", "ends": dt.date(2026, 12, 14)}})
BARE = brief_from_dict({"product": "Glow soy candles"})
DAY = dt.date(2026, 12, 8)


def tactics() -> dict[str, list[str]]:
    with open(data_dir() / "tactics.toml", "rb") as fh:
        return {s: list(t) for s, t in tomllib.load(fh).items()}


def test_library_size():
    assert len(LIB.templates) >= 50
    for s in STAGES:
        assert len(LIB.for_stage(s)) >= 8, s


@pytest.mark.parametrize("stage", STAGES)
def test_every_tactic_has_a_template(stage):
    have = {t.tactic for t in LIB.for_stage(stage)}
    assert set(tactics()[stage]) <= have, set(tactics()[stage]) - have
    assert have <= set(tactics()[stage]), have - set(tactics()[stage])


def test_a_plan_without_an_offer_still_has_conversion_and_advocacy_templates():
    # one line of description and nothing else: enough to ask for the sale three ways
    described = brief_from_dict({"product": "Glow soy candles",
                                 "description": "Hand-poured in Leeds. Each candle burns for about 50 hours."})
    for stage in ("conversion", "advocacy", "loyalty"):
        # a gift post needs an occasion far enough ahead: hand-poured goods, three weeks
        day = dt.date(2026, 11, 16) if stage == "conversion" else DAY
        usable = [t for t in LIB.for_stage(stage) if needs_met(t, described, day)]
        assert len(usable) >= 3, stage
    assert not needs_met(LIB.templates["conversion/gift-ready"], described, DAY)
    # with no fact at all, a sale is asked for only in ways that need none
    bare = [t.id for t in LIB.for_stage("conversion") if needs_met(t, BARE, DAY)]
    assert "conversion/shop-now-simple" not in bare and bare


@pytest.mark.parametrize("template_id", sorted(LIB.templates))
def test_renders_cleanly_everywhere(template_id):
    t = LIB.templates[template_id]
    for brief in (FULL, BARE):
        if not needs_met(t, brief, DAY):
            continue
        for pid in PLATFORMS:
            if not t.suits(pid):
                continue
            plat = PLATS[pid]
            for seed in range(3):
                r = LIB.render(t, template_context(brief, plat, t.formats[0], ""), f"{seed}{pid}")
                assert r.text and "{{" not in r.text and "{%" not in r.text
                post = CalendarPost(date=DAY, time=dt.time(10), platform=pid, stage=t.stage,
                                    tactic=t.tactic, template=t.id, format=t.formats[0],
                                    text=r.text, hashtags=["#GlowAtHome"])
                assert plat.length(post.full_text()) <= plat.caption_limit, (pid, r.text)
                findings = lint_post(post, brief, PLATS)
                assert findings == [], (pid, findings, r.text)
                assert r.visual and r.cta


def test_user_templates_override_and_broken_ones_are_skipped(tmp_path):
    own = tmp_path / "tpl" / "awareness"
    own.mkdir(parents=True)
    (own / "origin-story.j2").write_text(
        '{#- meta\ntactic = "storytelling"\nformats = ["static"]\nctas = ["Follow us"]\n'
        'visual = "A photo"\n-#}\nOur own words about {{ product }}. {{ cta }}\n')
    (own / "broken.j2").write_text(
        '{#- meta\ntactic = "storytelling"\nformats = ["static"]\nctas = ["x"]\nvisual = "v"\n-#}\n'
        'line two\n{% if %}\n')
    lib = TemplateLibrary([tmp_path / "tpl"])
    t = lib.get("awareness/origin-story")
    assert t.user
    r = lib.render(t, template_context(BARE, PLATS["instagram"], "static", ""), "k")
    assert r.text == "Our own words about Glow soy candles. Follow us"
    assert "awareness/broken" not in lib.templates
    assert len(lib.warnings) == 1 and "broken.j2: line 8" in lib.warnings[0]


@pytest.mark.parametrize("body", [
    "{{ product.__class__.__mro__ }}",
    "{{ ''.__class__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
])
def test_sandbox_blocks_python_internals(tmp_path, body):
    from planner.planning.render import TemplateError

    d = tmp_path / "tpl" / "awareness"
    d.mkdir(parents=True)
    (d / "evil.j2").write_text('{#- meta\ntactic = "storytelling"\nformats = ["static"]\n'
                               f'ctas = ["x"]\nvisual = "v"\n-#}}\n{body}\n')
    lib = TemplateLibrary([tmp_path / "tpl"])
    with pytest.raises(TemplateError):
        lib.render(lib.get("awareness/evil"),
                   template_context(BARE, PLATS["instagram"], "static", ""), "k")


def test_brief_values_render_literally():
    brief = brief_from_dict({"product": "{{ 7*7 }} {% raw %}candles"})
    t = LIB.get("awareness/origin-story")
    r = LIB.render(t, template_context(brief, PLATS["instagram"], "reel", ""), "k")
    assert "{{ 7*7 }} {% raw %}candles" in r.text + r.visual
    assert "49" not in r.text


def test_sentence_filter_ends_a_line_as_a_sentence():
    from planner.planning.render import sentence

    assert sentence("Hand-poured in recycled glass jars") == "Hand-poured in recycled glass jars."
    assert sentence("Small batches, always.") == "Small batches, always."
    assert sentence("Made with love ❤️") == "Made with love ❤️"
    assert sentence('It is "the one."') == 'It is "the one."'
    assert sentence("ends badly;") == "ends badly."
    assert sentence("") == ""
    for ended in ("Made in Kyoto。", "手作り！", "Cosy ⭐", ":)", "1️⃣", "Really?!"):
        assert sentence(ended) == ended


def test_a_brief_value_ending_in_a_full_stop_does_not_double_it():
    from planner.planning.render import clean

    assert clean("Made by Prairie Hide Co..") == "Made by Prairie Hide Co."
    assert clean("Wait for it...") == "Wait for it..."
