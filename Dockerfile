# One image for every newsalert service; compose.yaml picks the command.

# The classifier's hot path is compiled to C (mypyc, see setup.py) where a compiler is at hand.
FROM python:3.11 AS build
WORKDIR /src
COPY pyproject.toml setup.py constraints.txt README.md ./
COPY shared ./shared
COPY services ./services
RUN PIP_CONSTRAINT=constraints.txt NEWSALERT_COMPILE=1 pip wheel --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    NEWSALERT_LOG_FORMAT=json

WORKDIR /app
COPY constraints.txt ./
COPY --from=build /wheels /wheels
RUN pip install -c constraints.txt /wheels/newsalert-*.whl \
    && rm -r /wheels \
    && useradd --system --uid 10001 newsalert
USER newsalert

ENTRYPOINT ["newsalert"]
CMD ["--help"]
