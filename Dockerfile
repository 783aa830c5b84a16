# syntax=docker/dockerfile:1
# Build: the same steps as the README's first command (venv, install, ingest seeds), in a builder stage.
FROM python:3.11-slim-bookworm AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /srv/corpus
COPY pyproject.toml README.md ./
COPY app ./app
COPY migrations ./migrations
COPY seeds ./seeds
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-compile . \
 && mkdir -p /srv/corpus/data \
 && CORPUS_DB=/srv/corpus/data/corpus.db /opt/venv/bin/corpus ingest seeds/

FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 CORPUS_DB=/srv/corpus/data/corpus.db
RUN useradd --system --uid 10001 --home-dir /srv/corpus --shell /usr/sbin/nologin corpus
WORKDIR /srv/corpus
COPY --from=builder /opt/venv /opt/venv
COPY --from=builder --chown=corpus:corpus /srv/corpus/migrations ./migrations
COPY --from=builder --chown=corpus:corpus /srv/corpus/seeds ./seeds
COPY --from=builder --chown=corpus:corpus /srv/corpus/data ./data
USER corpus
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
CMD ["corpus", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
