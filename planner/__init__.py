"""planner: an offline content planner that understands the social media funnel."""

__version__ = "0.1.0"
