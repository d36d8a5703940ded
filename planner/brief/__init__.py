"""The free-text brief parser: chat messages and ``planner brief TEXT`` to brief updates.

``parse_brief_text`` reads one message into a new brief; ``next_question`` picks what to
ask next; a :class:`Dialogue` carries what the conversation remembers between messages.
"""

from planner.brief.dialogue import Dialogue, next_question
from planner.brief.parse import BriefUpdate, parse_brief_text

__all__ = ["BriefUpdate", "Dialogue", "next_question", "parse_brief_text"]
