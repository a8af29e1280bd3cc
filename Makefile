# raxe-lab lifecycle. Every target runs inside .venv (created by `make setup`).
SHELL := /bin/bash
PY    := .venv/bin/python
RAXE  := .venv/bin/raxe-lab
CONFIG ?= configs/default.yaml
RUN   ?=
BUNDLE ?=
INPUT ?=
RUNS  ?=
export MPLBACKEND := Agg
export PYTHONHASHSEED := 0

.PHONY: help setup data fetch train export bundle benchmark validate deploy all compare experiments models test lab readme sample

help:
	@echo "make setup      create .venv (torch 2.13.0 CPU first, then pinned deps), register the Jupyter kernel"
	@echo "make data       build the default corpus from the dataset mirror (../shared/datasets or data/mirror)"
	@echo "make fetch      download the pinned upstream dataset files into data/mirror (needs internet)"
	@echo "make train      run nbs/pipelines/train.ipynb via papermill into outputs/runs/<run_id>/ (report.html)"
	@echo "make export     export the encoder to ONNX (fp32/opt/int8/fp16) + fidelity check"
	@echo "make bundle     package the latest run into a verified .raxe bundle (RUN=outputs/runs/<id> to pick one)"
	@echo "make benchmark  benchmark the latest bundle (benchmark.html + benchmark.json next to it)"
	@echo "make validate   check the latest bundle against performance_targets (exit 1 naming each failure)"
	@echo "make deploy     validate, then deploy the latest bundle into outputs/registry"
	@echo "make all        data, export, train, bundle, benchmark, validate, deploy (unchanged steps are skipped)"
	@echo "make all INPUT=my.jsonl   the same from your own JSONL corpus (text, label, subfamily, optional source)"
	@echo "make compare RUNS=\"<run id> <run id>\"   one comparison report (run ids or folders)"
	@echo "make experiments  variants table + leave-one-source-out on the default corpus (outputs/experiments/)"
	@echo "make test       notebooks/library sync check + nbdev-test over every notebook"
	@echo "make lab        JupyterLab on nbs/"

# The stamp is keyed by the content of what setup installs from: `nbdev-export` rewrites pyproject.toml with the same
# bytes, and an mtime rule would reinstall everything after each export.
SETUP_STAMP := .venv/.setup-$(shell cat requirements/train.txt pyproject.toml | sha256sum | cut -c1-12)

$(SETUP_STAMP):
	python3 -m venv .venv
	.venv/bin/pip install -q --upgrade pip
	.venv/bin/pip install -q torch==2.13.0
	.venv/bin/pip install -q -r requirements/train.txt
	.venv/bin/pip install -q --no-deps -e .
	.venv/bin/python -m ipykernel install --user --name python3 --display-name "Python 3 (raxe-lab)" >/dev/null
	rm -f .venv/.setup-*
	touch $@

setup: $(SETUP_STAMP)

data: setup
	$(RAXE) data --config $(CONFIG) $(if $(INPUT),--input $(INPUT),)

fetch: setup
	$(RAXE) data --fetch --config $(CONFIG)

train: setup
	$(RAXE) train --config $(CONFIG) $(if $(RUN),--run $(RUN),)

export: setup
	$(RAXE) export --config $(CONFIG)

bundle: setup
	$(RAXE) bundle build $(RUN)

benchmark: setup
	$(RAXE) benchmark $(BUNDLE) --config $(CONFIG)

validate: setup
	$(RAXE) validate $(BUNDLE) --config $(CONFIG)

deploy: setup
	$(RAXE) deploy $(BUNDLE) --config $(CONFIG)

all: setup
	$(RAXE) all --config $(CONFIG) $(if $(INPUT),--input $(INPUT),)

experiments: setup
	$(RAXE) experiments --config $(CONFIG)

compare: setup
	$(RAXE) compare $(RUNS)

models: setup
	$(RAXE) models list

test: setup
	bash .ci/test

lab: setup
	.venv/bin/jupyter lab --notebook-dir=nbs

readme: setup
	$(PY) -c "from raxe_lab.report import write_readme; print(write_readme())"

sample: setup
	$(PY) -c "from raxe_lab.data import write_sample; print(write_sample())"
