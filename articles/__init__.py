"""News (tin) and articles (bài) in sections, and the editorial workflow that publishes them."""
