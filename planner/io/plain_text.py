"""Posts of a plain text or Markdown file, one post per block between ``---`` lines."""

from __future__ import annotations

from planner.domain.post import Post


def parse_txt(text: str, source: str) -> list[Post]:
    """Posts of a text file: the whole text, or the parts between lines holding only ``---``."""
    chunks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() == "---":
            chunks.append([])
        else:
            chunks[-1].append(line)
    return [Post(text="\n".join(c).strip(), source=source) for c in chunks if "\n".join(c).strip()]
