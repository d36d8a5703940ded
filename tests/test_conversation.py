"""Issue 14, "Requests in plain words" and "Nothing lost", through the conversation core
(``ChatSession.respond``, no Textual): each request of the issue does the right thing,
re-planning keeps approved posts, deletes and rewrites can be undone, and an unsaved
calendar is not replaced without a yes."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest

from planner.chat.session import ChatSession
from planner.domain.brief import load_brief
from planner.planning.variations import casualness, salesiness

BRIEF = """
product = "soy candles"
brand = "Wick & Wander"
description = "hand-poured soy candles in recycled glass jars"
audience = "women 25-45 who like cosy home stuff"
platforms = ["instagram", "tiktok"]
sells_on = ["etsy"]
posts_per_week = 5
start = 2026-12-07
weeks = 3
story = ["I poured the first batch in my kitchen in 2021, after giving up on candles that made me sneeze."]
differentiators = ["every jar is recycled glass you can wash out and keep"]
tips = ["Let the first burn melt the whole top so the candle never tunnels."]

[offer]
code = "WICK15"
discount = "15% off"
ends = 2026-12-18
"""


@pytest.fixture
def chat(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "brief.toml"
    path.write_text(BRIEF)
    session = ChatSession(load_brief(str(path)))
    session.today = dt.date(2026, 12, 9)  # a Wednesday in the plan's first week
    return session


@pytest.fixture
def planned(chat):
    reply = chat.respond("plan")
    assert reply.text.startswith(f"Planned {len(chat.calendar.posts)} posts"), reply.text
    assert len(chat.calendar.posts) >= 8
    return chat


def test_what_should_i_post_this_week_plans_first_then_lists_this_week(chat):
    reply = chat.respond("what should I post this week?")
    assert chat.calendar is not None and "There was no plan yet, so I made one" in reply.text
    week = [p for p in chat.calendar.posts if dt.date(2026, 12, 7) <= p.date <= dt.date(2026, 12, 13)]
    assert f"This week (Mon 07 Dec to Sun 13 Dec), {len(week)} posts:" in reply.text
    for post in week:
        assert f"{post.date:%a %d %b} {post.time:%H:%M} {post.platform}" in reply.text
    later = [p for p in chat.calendar.posts if p.date > dt.date(2026, 12, 13)]
    assert not any(f"{p.date:%a %d %b} {p.time:%H:%M}" in reply.text for p in later)
    assert "(today)" in reply.text or all(p.date != chat.today for p in week)


def test_this_week_before_the_plan_starts_shows_its_first_week(planned):
    planned.today = dt.date(2026, 11, 25)
    reply = planned.respond("what should i post this wek")
    assert "Nothing is planned this week; the plan starts Mon 07 Dec" in reply.text


def test_this_week_without_a_product_asks_what_is_sold():
    chat = ChatSession()
    reply = chat.respond("what should I post this week?")
    assert chat.calendar is None
    assert "what you sell" in reply.text


def test_show_me_post_1_and_why_is_post_3_consideration(planned):
    reply = planned.respond("show me post 1")
    assert reply.text.startswith("Post 1: ") and planned.calendar.posts[0].text in reply.text
    stage = planned.calendar.posts[2].stage
    reply = planned.respond("why is post 3 consideration?")
    assert f"is {'an' if stage[0] in 'aeiou' else 'a'} {stage} post" in reply.text
    assert reply.text.startswith("Post 3") if stage == "consideration" else \
        reply.text.startswith("It isn't consideration: post 3")
    assert "Tactic: " in reply.text and "The plan has" in reply.text


def test_why_asks_which_post_when_a_loaded_post_has_the_same_number(planned):
    planned.posts = [SimpleNamespace(text="old post")] * 5
    stage = planned.calendar.posts[2].stage
    planned.classified = SimpleNamespace(predictions=[SimpleNamespace(stage=stage)] * 5)
    reply = planned.respond(f"why is post 3 {stage}?")
    assert "/explain 3" in reply.text and "/why 3" in reply.text and reply.text.count("?") == 1


def test_approve_in_plain_words_and_post_2_looks_good(planned):
    planned.respond("approve 4")
    planned.respond("post 2 looks good")
    assert [p.status for p in planned.calendar.posts[:4]] == ["draft", "approved", "draft",
                                                              "approved"]


@pytest.mark.slow  # plans and rewrites a dozen posts more than once
def test_replanning_keeps_approved_and_posted_posts(planned):
    """What went wrong 5: /approve 4 then /plan put post 4 back to draft."""
    kept = planned.calendar.posts[3]
    planned.respond("/approve 4")
    planned.calendar.posts[6].status = "posted"
    posted = planned.calendar.posts[6]
    reply = planned.respond("/plan")
    assert "Kept your 2 approved or posted posts as they were" in reply.text
    for old in (kept, posted):
        same = [p for p in planned.calendar.posts
                if (p.date, p.time, p.platform) == (old.date, old.time, old.platform)]
        assert len(same) == 1 and same[0].text == old.text and same[0].status == old.status
    reply = planned.respond("plan")  # plain words re-plan the same way
    assert "Kept your 2" in reply.text
    assert sum(p.status != "draft" for p in planned.calendar.posts) == 2


def test_make_post_less_salesy_really_sells_less_and_can_be_undone(planned):
    brief = planned.brief
    number = next(n for n, p in enumerate(planned.calendar.posts, 1)
                  if brief.offer.code in p.full_text())
    old = planned.calendar.posts[number - 1]
    reply = planned.respond(f"make post {number} less salesy")
    new = planned.calendar.posts[number - 1]
    if reply.error:
        # the softer conversion posts carry a fact of the brief (blind read 11): with none to
        # spare the reply says so plainly and leaves the post as it was
        assert "already as soft" in reply.text and new.text == old.text
        return
    assert reply.text.startswith(f"Post {number}, less salesy")
    assert brief.offer.code not in new.full_text()
    assert salesiness(new, brief) < salesiness(old, brief)
    planned.respond("undo")
    assert planned.calendar.posts[number - 1].text == old.text


@pytest.mark.slow  # plans and rewrites a dozen posts more than once
def test_shorter_and_more_casual_work_on_the_post_just_talked_about(planned):
    planned.respond("show me post 1")
    old = planned.calendar.posts[0]
    reply = planned.respond("shorter")
    if not reply.error:
        assert len(planned.calendar.posts[0].full_text()) < len(old.full_text())
    else:
        assert "already as short" in reply.text
    before = planned.calendar.posts[0].text
    reply = planned.respond("make it more casual")
    if not reply.error:
        # (another wording two steps more casual, or the post itself said more casually:
        # chat test 38 heard every "more casual" of a short post refused)
        assert casualness(planned.calendar.posts[0].text) > casualness(before)
    else:
        assert "more casual than it is now" in reply.text and "/regen 1" in reply.text


@pytest.mark.slow  # plans and rewrites a dozen posts more than once
def test_sound_more_like_me_brings_in_the_sellers_words(planned):
    from planner.planning.variations import own_words, seller_words

    grams = seller_words(planned.brief)
    posts = planned.calendar.posts
    # a fact-first plan already tells each of the seller's sentences (once per platform, or
    # again on another platform a fortnight later); with the tip's posts gone, a post with
    # none of their words can take the tip back in
    tip = planned.brief.facts.tips[0][:40]
    told = [p for p in posts if tip in p.text]
    # (run-up posts all carry a fact now: the one with fewest of the seller's words, never
    # the offer's thank-you, which has nothing of theirs to carry)
    bare = min((p for p in posts if p.stage in ("awareness", "consideration", "loyalty")
                and p.tactic != "thank-you post" and p not in told),
               key=lambda p: own_words(p.full_text(), grams))
    for post in reversed(told):
        assert planned.respond(f"delete post {posts.index(post) + 1}").text.startswith("Deleted")
    number = planned.calendar.posts.index(bare) + 1
    reply = planned.respond(f"can you make post {number} sound more like me?")
    assert reply.text.startswith(f"Post {number}, more in your own words"), reply.text
    new = planned.calendar.posts[number - 1]
    assert own_words(new.full_text(), grams) >= own_words(bare.full_text(), grams) + 2
    # and a post that already carries all it can says so, changing nothing
    full = next(n for n, p in enumerate(planned.calendar.posts, 1)
                if own_words(p.full_text(), grams) >= 9)
    before = planned.calendar.posts[full - 1].text
    reply = planned.respond(f"make post {full} sound more like me")
    if reply.error:
        assert "carries more of your own words" in reply.text
        assert planned.calendar.posts[full - 1].text == before


def test_delete_says_which_post_went_and_undo_brings_it_back(planned):
    gone = planned.calendar.posts[1]
    reply = planned.respond("delete post 2")
    assert reply.text.startswith(f"Deleted post 2 ({gone.date:%a %d %b} {gone.time:%H:%M} "
                                 f"{gone.platform}, {gone.stage}:")
    assert "post 3 is now post 2" in reply.text and "/undo brings it back" in reply.text
    count = len(planned.calendar.posts)
    assert gone not in planned.calendar.posts
    reply = planned.respond("undo")
    assert reply.text.startswith("Undone: Deleted post 2")
    assert planned.calendar.posts[1].text == gone.text and len(planned.calendar.posts) == count + 1
    assert planned.respond("/undo").text.startswith(f"Undone: Planned {count + 1} posts")
    assert planned.calendar is None
    assert planned.respond("/undo").error


def test_slash_delete_keeps_its_first_words(planned):
    assert planned.respond("/delete 3").text.startswith("Deleted post 3 (")


def test_open_over_an_unsaved_calendar_asks_first(planned, tmp_path):
    """What went wrong 5: /open after /restore replaced the unsaved calendar at once."""
    other = ChatSession(planned.brief)
    other.respond("/plan 1")
    other.respond("/save other.toml")
    planned.respond("/save saved.toml")
    planned.respond("/delete 1")  # unsaved again, and autosaved
    count = len(planned.calendar.posts)
    chat = ChatSession()
    assert chat.respond("/restore").text.startswith("Restored")
    assert chat.unsaved and len(chat.calendar.posts) == count
    reply = chat.respond("/open other.toml")
    assert "unsaved changes" in reply.text and "other.toml" in reply.text and "yes" in reply.text
    assert len(chat.calendar.posts) == count
    assert chat.respond("no").text.startswith("OK")
    assert len(chat.calendar.posts) == count
    chat.respond("/open other.toml")
    reply = chat.respond("yes")
    assert reply.text.startswith("Opened other.toml")
    assert len(chat.calendar.posts) == len(other.calendar.posts) != count
    assert chat.respond("undo").text.endswith(f"{count} posts.")
    assert len(chat.calendar.posts) == count
    assert chat.respond("/open other.toml --force").text.startswith("Opened other.toml")


def test_a_question_not_answered_is_dropped(planned, tmp_path):
    planned.respond("/save a.toml")
    planned.respond("/delete 1")
    count = len(planned.calendar.posts)
    planned.respond("/open a.toml")
    assert planned.pending is not None
    planned.respond("show me post 1")
    assert planned.pending is None
    planned.respond("yes")  # read afresh, not as the old question's yes
    assert len(planned.calendar.posts) == count


@pytest.mark.slow  # plans and rewrites a dozen posts more than once
def test_make_me_a_plan_for_next_2_weeks_sets_two_weeks_and_plans(chat):
    reply = chat.respond("ok make me a plan for next 2 weeks")
    assert chat.brief.weeks == 2 and chat.calendar is not None
    assert (chat.calendar.end - chat.calendar.start).days == 13
    assert reply.text.splitlines()[1] == "Plan length: 2 weeks (was 3)."
    reply = chat.respond("plan 3 weeks")
    assert chat.brief.weeks == 3 and "(was 2)" in reply.text


def test_save_and_export_in_plain_words(planned, tmp_path):
    count = len(planned.calendar.posts)
    reply = planned.respond("save it")
    assert reply.text.startswith(f"Saved {count} posts to content_calendar/")
    reply = planned.respond("export it as ics")
    path = tmp_path / "content_calendar" / "soy-candles-2026-12-07.ics"
    assert str(path.relative_to(tmp_path)) in reply.text
    assert path.read_text().startswith("BEGIN:VCALENDAR")
    assert "Which format" in planned.respond("export it").text
    assert planned.respond("/export csv").text.startswith(f"Exported {count} posts as csv to content")


def test_small_talk_is_short_and_gives_the_next_step(chat):
    reply = chat.respond("thanks!")
    assert reply.text.startswith("You're welcome!") and "plan" in reply.text
    assert len(reply.text) < 160
    fresh = ChatSession()
    reply = fresh.respond("hi")
    assert reply.text.startswith("Hi!") and "what you sell" in reply.text


def test_ambiguous_requests_get_one_question(planned):
    before = [p.text for p in planned.calendar.posts]
    reply = planned.respond("post 7 please")
    assert reply.text.count("?") == 1 and reply.text.startswith("Do you want me to")
    assert [p.text for p in planned.calendar.posts] == before
    reply = planned.respond("approve")
    assert reply.text.startswith("Which post?")


def test_requests_without_a_plan_say_so(chat):
    reply = chat.respond("delete post 2")
    assert "no plan yet" in reply.text and chat.calendar is None


def test_help_lists_the_plain_words_too(chat):
    text = chat.respond("what can you do?").text
    assert "/plan" in text and "Or just say it:" in text
    assert "“make post 2 less salesy”" in text


def test_calendar_view_edits_can_be_undone(planned):
    old = planned.calendar.posts[0].text
    assert planned.edit_text(0, "My own words.").text.startswith("Saved post 1's caption.")
    assert planned.respond("undo").text.startswith("Undone: Saved post 1's caption")
    assert planned.calendar.posts[0].text == old


def test_an_empty_or_unchanged_caption_changes_nothing(planned):
    old, undoable = planned.calendar.posts[1].text, len(planned.history)
    reply = planned.edit_text(1, "   ")
    assert reply.error and reply.text == "A caption can't be empty: post 2 keeps its caption."
    reply = planned.edit_text(1, old + "\n")
    assert not reply.changed and reply.text == "Post 2's caption is unchanged."
    assert planned.calendar.posts[1].text == old and len(planned.history) == undoable


def test_loaded_posts_name_their_files(tmp_path):
    """What went wrong 6: /posts of a folder said "Loaded and classified 1 posts" without
    naming the export it found deep inside."""
    import shutil

    from tests.conftest import FIXTURES

    deep = tmp_path / "old" / "twitter-2024" / "data"
    deep.mkdir(parents=True)
    shutil.copy(FIXTURES / "exports" / "x_archive" / "data" / "tweets.js", deep / "tweets.js")
    chat = ChatSession()
    reply = chat.respond(f"/posts {tmp_path}")
    assert not reply.error, reply.text
    assert f"from 1 file in {tmp_path}: old/twitter-2024/data/tweets.js:" in reply.text
    reply = chat.respond(f"/posts {deep}/tweets.js")
    assert " from tweets.js: " in reply.text


def test_a_clear_request_is_never_stored_as_an_answer():
    chat = ChatSession()
    chat.respond("we sell soy candles on etsy")
    chat.respond("Wick & Wander")  # the chat now asks what makes them special
    assert chat.dialogue.asked
    reply = chat.respond("delete post 2")
    assert "no plan yet" in reply.text and chat.brief.description == ""


def test_a_new_plan_over_drafts_says_undo_brings_the_old_one_back(planned):
    old = [p.text for p in planned.calendar.posts]
    reply = planned.respond("/plan 1")
    assert "It replaces the last plan: /undo brings that one back." in reply.text
    planned.respond("/undo")
    assert [p.text for p in planned.calendar.posts] == old


def test_export_for_a_one_profile_scheduler_asks_which_platform(planned, tmp_path):
    reply = planned.respond("export it for hootsuite")
    assert reply.text.startswith("Hootsuite takes one file per profile: which platform, "
                                 "instagram or tiktok?")
    reply = planned.respond("export instagram for hootsuite")
    assert reply.text.startswith("Exported") and "-instagram-hootsuite.csv" in reply.text


def test_plan_n_becomes_the_plans_length_and_the_panel_says_it(chat):
    """What went wrong 6: the side panel said "4 weeks" after /plan 1."""
    from planner.tui.widgets.side_panel import panel_text

    reply = chat.respond("/plan 1")
    assert (chat.calendar.end - chat.calendar.start).days == 6
    assert chat.brief.weeks == 1 and "Plan length: 1 week (was 3)." in reply.text
    assert "· 1 week\n" in panel_text(chat, "", 34).plain
    chat.respond("plan next 2 weeks")
    assert chat.brief.weeks == 2 and "· 2 weeks\n" in panel_text(chat, "", 34).plain
    chat.respond("/plan")  # no number: the brief's length, now 2
    assert (chat.calendar.end - chat.calendar.start).days == 13
    chat.respond("/undo")
    chat.respond("/undo")  # back to the one-week plan, whatever the brief says
    assert "· 1 week\n" in panel_text(chat, "", 34).plain


def test_the_gaps_said_filled_are_the_ones_the_plan_has_posts_for(chat, tmp_path):
    """What went wrong 6: with 1 post loaded, "Filled the gaps first: awareness,
    consideration, loyalty, advocacy" though the plan had no loyalty post."""
    from tests.conftest import DEMO

    one = tmp_path / "one.csv"
    one.write_text("\n".join((DEMO / "posts.csv").read_text().splitlines()[:2]) + "\n")
    chat.respond(f"/posts {one}")
    gaps = chat.classified.coverage.gaps
    assert len(gaps) >= 3
    reply = chat.respond("/plan 1")
    [line] = [ln for ln in reply.text.splitlines() if ln.startswith("Filled the gaps")]
    drafts = [p.stage for p in chat.calendar.posts if p.status == "draft"]
    named = re.findall(r"(\w+) \(\d+ posts?\)", line)
    assert named == [s for s in dict.fromkeys(drafts) if s in gaps]  # in the order they come
    for stage in set(gaps) - set(drafts):
        assert stage not in reply.text
    missing = len(set(gaps) - set(drafts))
    assert missing  # one week is too short for every gap of a single post ...
    assert f"{missing} more gap{'s' if missing > 1 else ''} got no post in 1 week" in line
    reply = chat.respond("/plan 8")  # ... eight weeks reach them all
    line = next(ln for ln in reply.text.splitlines() if ln.startswith("Filled the gaps"))
    # (but a stage the brief gives nothing to say in: no reward, reviews or customers' words
    # for advocacy; the line says that gap got no post)
    from planner.planning.storyline import business_target

    start = chat.calendar.start
    target = business_target(chat.brief, start, start + dt.timedelta(days=55))[0]
    wanted = [g for g in gaps if target[g] > 0]
    assert sorted(re.findall(r"(\w+) \(\d+ posts?\)", line)) == sorted(wanted)
    assert ("got no post" in line) == (wanted != list(gaps)), line


def test_whats_next_walks_the_seller_through_the_week(tmp_path, monkeypatch):
    """"whats next" was read as this week's posts; it says the next useful step: what the
    brief lacks, the plan, the review, saving, exporting."""
    monkeypatch.chdir(tmp_path)  # save and export write under content_calendar/
    chat = ChatSession()
    chat.today = dt.date(2026, 12, 9)
    assert "tell me what you sell" in chat.respond("whats next").text
    chat.respond("we sell soy candles on etsy")
    reply = chat.respond("what's next?")
    assert "What's your brand" in reply.text and chat.dialogue.asked == "brand"
    chat.respond("Wick & Wander")  # the question /next asked is answered
    assert chat.brief.brand == "Wick & Wander"
    chat.brief.description, chat.brief.audience = "hand-poured", "women 25-45"
    chat.brief.sells_on = ["etsy"]
    reply = chat.respond("ok, what next?")
    assert reply.text.startswith("Make the plan: say “plan”") and chat.calendar is None
    chat.respond("plan 1 week")
    reply = chat.respond("what now?")
    first = next(n for n, p in enumerate(chat.calendar.posts, 1) if p.date >= chat.today)
    assert reply.text.startswith(f"Review the plan: {len(chat.calendar.posts)} of "
                                 f"{len(chat.calendar.posts)} posts are still drafts. Start with "
                                 f"post {first} ")
    for n in range(1, len(chat.calendar.posts) + 1):
        chat.respond(f"/approve {n}")
    assert "Save the calendar" in chat.respond("whats next").text
    chat.respond("save")
    assert "export as ics" in chat.respond("whats next").text
    chat.respond("export as ics")
    assert chat.respond("whats next").text.startswith("All done")
    chat.respond("delete post 1")  # a change after the export: save and export again
    assert "Save the calendar" in chat.respond("whats next").text
    chat.respond("save")
    assert "export as ics" in chat.respond("whats next").text


def test_this_weeks_posts_are_still_this_weeks_posts(planned):
    for text in ("what should I post this week?", "what's my next post"):
        assert planned.respond(text).text.startswith("This week (")
