"""The audits feature: audit walks, the keyboard sheet entry, perception pins, criteria, reason tags,
recorded incidents (the Audit menu, the Audits dock, the Record toolbar)."""
