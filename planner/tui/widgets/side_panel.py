"""The side panel: the brief as understood, stage coverage bars with gaps, the plan summary;
and the one-line summary that stands in for it on a narrow terminal."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from planner.chat.session import ChatSession
from planner.domain.funnel import STAGES
from planner.tui.widgets.wrapping import path_lines

#: the panel's text width before it has been laid out
DEFAULT_WIDTH = 34


def _bar(share: float, width: int = 10) -> str:
    n = round(share * width)
    return "█" * n + "░" * (width - n)


class SidePanel(Static):
    """Redrawn from the session after every turn, and when its width changes (a saved
    path is shortened to fit, never split mid-word)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[ChatSession, str] | None = None

    def refresh_from(self, session: ChatSession, status: str = "") -> None:
        self._shown = (session, status)
        width = self.content_size.width or DEFAULT_WIDTH
        self.update(panel_text(session, status, width))

    def on_resize(self) -> None:
        if self._shown is not None:
            self.refresh_from(*self._shown)


def plan_weeks(session: ChatSession) -> int:
    """How many weeks the plan runs: the calendar's own span once there is one (a /plan 1,
    an opened or restored calendar), the brief's length before."""
    cal = session.calendar
    if cal is None:
        return session.brief.weeks
    return max(1, -(-((cal.end - cal.start).days + 1) // 7))


def panel_text(session: ChatSession, status: str, width: int) -> Text:
    t = Text()
    t.append("planner", style="bold reverse")
    t.append(" content calendar assistant\n\n", style="dim")
    t.append("Brief\n", style="bold")
    if session.brief_made and session.brief.product:  # the first frame never makes the brief
        b = session.brief
        t.append(f"{b.product}\n")
        if b.brand and b.brand != b.product:
            t.append(f"by {b.brand}\n", style="dim")
        weeks = plan_weeks(session)
        t.append(f"{', '.join(b.platforms)} · {b.posts_per_week}/week · {weeks} "
                 f"week{'s' if weeks != 1 else ''}\n")
        if b.sells_on:
            t.append(f"sells on {', '.join(b.sells_on)}\n")
        if b.offer is not None:
            ends = f" until {b.offer.ends}" if b.offer.ends else ""
            t.append(f"offer {b.offer.code} {b.offer.discount}{ends}\n".replace("  ", " "))
    else:
        t.append("(tell me what you sell)\n", style="dim")
    t.append("\nCoverage\n", style="bold")
    if session.classified is not None:
        cov = session.classified.coverage
        t.append(f"{cov.posts} posts\n", style="dim")
        bar = max(3, min(10, width - 23))  # a stage's line fits the panel: name, bar, share, gap
        for s in STAGES:
            style = "bold red" if s in cov.gaps else ""
            mark = " gap" if s in cov.gaps else ""
            t.append(f"{s[:13]:<13} {_bar(cov.shares[s], bar)} {cov.shares[s]:>4.0%}{mark}\n",
                     style=style)
    else:
        t.append("(/posts PATH to load posts)\n", style="dim")
    t.append("\nPlan\n", style="bold")
    cal = session.calendar
    if cal is not None:
        t.append(f"{len(cal.posts)} posts {cal.start} → {cal.end}\n")
        for s in STAGES:
            n = sum(p.stage == s for p in cal.posts)
            if n:
                t.append(f"{s:<13} {n:>3}\n")
        if session.unsaved:
            t.append("unsaved (/save)\n", style="yellow")
        elif session.calendar_path:
            path = str(session.calendar_path)
            if len(path) <= width - 7:
                t.append(f"saved: {path}\n", style="dim")
            else:  # the path on lines of its own, cut only at a folder or a separator
                t.append("saved:\n" + "\n".join(path_lines(path, width)) + "\n", style="dim")
    else:
        t.append("(/plan to make one)\n", style="dim")
    if status:
        t.append(f"\n{status}\n", style="italic")
    return t


def summary_text(session: ChatSession, width: int, *, panel_open: bool = False) -> str:
    """The panel in one line of ``width`` cells, for a terminal too narrow to show it
    beside the chat: the product (shortened to fit), the plan or the gaps, and the key."""
    rest = []
    cal = session.calendar
    if cal is not None:
        rest.append(f"{len(cal.posts)} posts" + (", unsaved" if session.unsaved else ""))
    elif session.classified is not None:
        gaps = session.classified.coverage.gaps
        rest.append(f"gaps: {', '.join(gaps)}" if gaps else "no gaps")
    rest.append("f2 back to the chat" if panel_open else "f2 details")
    tail = " · " + " · ".join(rest)
    product = (session.brief.product if session.brief_made else "") or "no product yet"
    room = width - len(tail)
    if len(product) > room:
        product = product[:max(room - 1, 1)].rstrip() + "…"
    return product + tail


class SummaryBar(Static):
    """One line over the chat on a narrow terminal: the product, the plan, f2 for the panel."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, markup=False, **kwargs)
        self._shown: tuple[ChatSession, bool] | None = None

    def refresh_from(self, session: ChatSession, *, panel_open: bool = False) -> None:
        self._shown = (session, panel_open)
        self.update(summary_text(session, self.content_size.width or 58, panel_open=panel_open))

    def on_resize(self) -> None:
        if self._shown is not None:
            self.refresh_from(self._shown[0], panel_open=self._shown[1])
