# One image for every newsalert service; compose.yaml picks the command.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    NEWSALERT_LOG_FORMAT=json

WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY shared ./shared
COPY services ./services
RUN pip install -c constraints.txt . \
    && useradd --system --uid 10001 newsalert
USER newsalert

ENTRYPOINT ["newsalert"]
CMD ["--help"]
