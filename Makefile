# Convenience aliases; the README's commands are ./run and ./test. `make deb` packs the frozen
# build into dist/haven_<version>_<arch>.deb (docs/packaging.md).
.PHONY: run test lint bench translations frozen deb
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
frozen:
	.venv/bin/python -m PyInstaller haven.spec --noconfirm
deb: frozen
	.venv/bin/python scripts/build_deb.py dist/haven dist
