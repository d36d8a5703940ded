"""The Textual chat front end. Nothing in the core imports this package."""
