"""Foundations every stage shares: the figure model, periods, text normalisation, numbers, namespaces, errors, paths."""
