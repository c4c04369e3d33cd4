"""Measuring extraction quality against public gold data (``jobsift eval``)."""
