"""Plain questions in French and English read as the command a user would have typed."""
