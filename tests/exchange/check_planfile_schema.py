#!/usr/bin/python3
"""Every plan of the sample data, exported as a plan file, satisfies the published JSON Schema
(resources/planfile/actionplans-plan-v1.schema.json), so the schema and the writer never drift apart.

Usage: check_planfile_schema.py ACTIONPLANS_BINARY SCHEMA WORK_DIR"""
import json
import os
import subprocess
import sys

import jsonschema

binary, schema_path, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
database = os.path.join(work, "schema-check.handlingsplan")
if os.path.exists(database):
    os.remove(database)
environment = dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
subprocess.run([binary, "--db", database, "sample"], check=True, env=environment, capture_output=True)
listing = subprocess.run([binary, "--db", database, "list"], check=True, env=environment,
                         capture_output=True, text=True).stdout.splitlines()[1:]
with open(schema_path, encoding="utf-8") as file:
    schema = json.load(file)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
checked = 0
for line in listing:
    plan_id = line.split("\t")[0]
    output = os.path.join(work, f"plan-{plan_id}.json")
    subprocess.run([binary, "--db", database, "export", "--plan", plan_id, "-o", output], check=True,
                   env=environment, capture_output=True)
    with open(output, encoding="utf-8") as file:
        document = json.load(file)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    for error in errors:
        print(f"{output}: {'/'.join(map(str, error.path))}: {error.message}")
    if errors:
        sys.exit(1)
    checked += 1
if checked < 3:
    print(f"only {checked} plans were checked")
    sys.exit(1)
print(f"{checked} exported plans satisfy {os.path.basename(schema_path)}")
