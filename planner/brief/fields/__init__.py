"""The brief parser's extractors, one module per family of brief fields.

Each extractor takes a :class:`~planner.brief.reading.BriefReader`, looks for the
phrasings of its fields, and records findings; :mod:`planner.brief.parse` runs them
in order.
"""
