"""What other features may use of the merge feature: where a record was made (provenance)."""

from cosafe.ui.features.merge.provenance import made_on_text, paper_text

__all__ = ["made_on_text", "paper_text"]
