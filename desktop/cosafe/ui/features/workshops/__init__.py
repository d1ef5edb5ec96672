"""The workshops feature: workshops, groups and the anonymous sign-in sheet; the active workshop."""
