"""Test helpers shipped with jobsift: factories, and the conformance suite every store passes."""
