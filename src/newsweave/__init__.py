"""newsweave: many news reports about one story -> one sourced briefing."""

__version__ = "0.1.0"
