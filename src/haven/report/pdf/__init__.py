"""PDF documents made in memory: `writer` (the page, fonts, charts, metadata, shared by both
documents) and `summary` (the therapy summary's sections). The partner page
(`haven.report.partner_page`) uses only the writer."""
