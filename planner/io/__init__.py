"""Reading existing posts from plain files, folders, zips and platform exports; :mod:`planner.io.load` is its public face."""

from planner.io.load import PostsInput, format_of, iter_post_chunks, load_posts, parse_posts

__all__ = ["PostsInput", "format_of", "iter_post_chunks", "load_posts", "parse_posts"]
