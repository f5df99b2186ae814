from python:3.12
# the app
cmd ["python", "app.py"]
