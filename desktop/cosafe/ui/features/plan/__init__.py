"""The plan feature: the Stakeholders and Action Plan docks, the Plan menu, the plan's exports and maps."""
