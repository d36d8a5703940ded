"""The side panel: the brief as understood, stage coverage bars with gaps, the plan summary."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from planner.chat.session import ChatSession
from planner.domain.funnel import STAGES


def _bar(share: float, width: int = 10) -> str:
    n = round(share * width)
    return "█" * n + "░" * (width - n)


class SidePanel(Static):
    """Redrawn from the session after every turn."""

    def refresh_from(self, session: ChatSession, status: str = "") -> None:
        t = Text()
        b = session.brief
        t.append("planner", style="bold reverse")
        t.append(" content calendar assistant\n\n", style="dim")
        t.append("Brief\n", style="bold")
        if b.product:
            t.append(f"{b.product}\n")
            if b.brand and b.brand != b.product:
                t.append(f"by {b.brand}\n", style="dim")
            t.append(f"{', '.join(b.platforms)} · {b.posts_per_week}/week · {b.weeks} weeks\n")
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
            for s in STAGES:
                style = "bold red" if s in cov.gaps else ""
                mark = " gap" if s in cov.gaps else ""
                t.append(f"{s[:13]:<13} {_bar(cov.shares[s])} {cov.shares[s]:>4.0%}{mark}\n", style=style)
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
                t.append(f"saved: {session.calendar_path}\n", style="dim")
        else:
            t.append("(/plan to make one)\n", style="dim")
        if status:
            t.append(f"\n{status}\n", style="italic")
        self.update(t)
