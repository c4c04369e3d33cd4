"""Language resources shared by the readers and the extractors (headings, role nouns ...)."""
