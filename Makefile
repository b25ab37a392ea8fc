# Convenience aliases; the README's commands are ./run and ./test.
.PHONY: run test lint bench translations
run:
	./run
test:
	./test
lint:
	.venv/bin/ruff check src tests bench && .venv/bin/ruff format --check src tests bench
bench:
	.venv/bin/python bench/bench_vault.py
translations:
	.venv/bin/python scripts/translations.py
