"""Charts and reports built from domain data, usable without a window.

Importing this package (or `haven.report.charts`) does not import matplotlib: it is loaded
only when a chart is first drawn, after `MPLCONFIGDIR` points at Haven's own cache folder.
"""
