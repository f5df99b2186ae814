FROM python:3.12
RUN pip install --no-cache-dir flask && pip3 install --no-cache-dir -r requirements.txt
RUN pip --disable-pip-version-check --proxy http://proxy:3128 install --no-cache-dir requests
RUN pip3.12 wheel --no-cache-dir -w /wheels . && pip download --no-cache-dir -d /dl six && pip list
RUN pip install --cache-dir /tmp/pip-cache numpy
RUN for p in a b; do pip install --no-cache-dir "$p"; done
