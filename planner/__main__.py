"""`python -m planner` runs the same CLI as the `planner` script."""

from planner.cli import main

if __name__ == "__main__":
    main()
