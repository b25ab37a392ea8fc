"""Cold start of Haven's unlock window against a bare PySide6 window.

Each run is a fresh process that quits right after its first window paints: the bare one
shows an empty QWidget, Haven runs `python -m haven --exit-after-first-paint` on a small
vault (so the unlock window is what paints). Runs alternate between the two, after one
warm-up of each, so both see the same disk cache. Target: Haven's median at most 1.5 times
the bare window's.

    .venv/bin/python bench/startup.py [-n 10] [--xvfb]

Platforms: offscreen always; the real X server in $DISPLAY if set; with --xvfb a private
Xvfb is started for the X measurement. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = 1.5

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1040, 720)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def _make_vault(folder: Path) -> None:
    code = (
        "import sys; from haven.store import Vault; from haven.store.keyfile import CHEAP_KDF;"
        "v, _ = Vault.create(sys.argv[1], 'bench passphrase words', kdf=CHEAP_KDF); v.lock()"
    )
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True, cwd=REPO)


def _commands(data_dir: Path) -> dict[str, list[str]]:
    haven = [sys.executable, "-m", "haven", "--data-dir", str(data_dir), "--exit-after-first-paint"]
    return {"bare PySide6 window": [sys.executable, "-c", BARE], "Haven unlock window": haven}


def _time_once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command[:3]} exited {result.returncode}: {result.stderr[-800:]}")
    return elapsed


def _p90(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def measure(env: dict[str, str], data_dir: Path, runs: int) -> dict[str, list[float]]:
    commands = _commands(data_dir)
    for command in commands.values():  # warm-up, not counted
        _time_once(command, env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(_time_once(command, env))
    return samples


@contextlib.contextmanager
def private_xvfb() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = ":" + pipe.readline().strip()
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _base_env(home: Path) -> dict[str, str]:
    # Bytecode caches as a person's installation has them (the warm-up writes any missing).
    skip = ("QT_", "HAVEN_", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=10)
    parser.add_argument("--xvfb", action="store_true", help="also measure under a private Xvfb")
    args = parser.parse_args()

    rows: list[tuple[str, str, list[float]]] = []
    with tempfile.TemporaryDirectory(prefix="haven-bench-") as tmp:
        home = Path(tmp)
        data_dir = home / "vault"
        _make_vault(data_dir)
        base = _base_env(home)
        platforms: list[tuple[str, dict[str, str]]] = [
            ("offscreen", {**base, "QT_QPA_PLATFORM": "offscreen"})
        ]
        if os.environ.get("DISPLAY"):
            platforms.append((f"xcb (DISPLAY={os.environ['DISPLAY']})", dict(base)))
        with contextlib.ExitStack() as stack:
            if args.xvfb and shutil.which("Xvfb"):
                display = stack.enter_context(private_xvfb())
                platforms.append(("xcb (Xvfb)", {**base, "DISPLAY": display}))
            for platform, env in platforms:
                for name, samples in measure(env, data_dir, args.runs).items():
                    rows.append((platform, name, samples))

    print(
        f"Cold start to first paint, {args.runs} runs each, fresh processes "
        f"(Python {sys.version.split()[0]}, {os.cpu_count()} CPUs).\n"
    )
    print("| platform | program | median (ms) | p90 (ms) | median vs bare |")
    print("|---|---|---:|---:|---:|")
    verdicts = []
    for platform, name, samples in rows:
        bare = next(s for p, n, s in rows if p == platform and n.startswith("bare"))
        ratio = statistics.median(samples) / statistics.median(bare)
        print(
            f"| {platform} | {name} | {statistics.median(samples) * 1000:.0f} | "
            f"{_p90(samples) * 1000:.0f} | {ratio:.2f}× |"
        )
        if not name.startswith("bare"):
            verdicts.append(ratio <= TARGET)
    print(
        f"\nTarget: Haven at most {TARGET}× the bare window: "
        + ("met." if all(verdicts) else "not met.")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
