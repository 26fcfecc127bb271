# LibreOffice, driven over UNO on a private pipe, for the fidelity corpus and suite.
# Usage: python3 libreoffice.py JOBS.json — a list of jobs run in one LibreOffice session:
#   {"op": "resave", "in": path, "out": path}             open, store as Excel 2007-365 .xlsx
#   {"op": "insertRow", "in": path, "out": path, "sheet": name, "row": 0-based index}
# The profile lives in a temporary folder, so no user's LibreOffice settings are read or changed.
import json, os, subprocess, sys, tempfile, time, uuid
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))

def main(jobs_file):
    jobs = json.load(open(jobs_file, encoding="utf-8"))
    profile = tempfile.mkdtemp(prefix="taskplan-lo-")
    pipe = "taskplan" + uuid.uuid4().hex
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck",
        "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise RuntimeError("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for job in jobs:
            doc = desktop.loadComponentFromURL(url(job["in"]), "_blank", 0, (prop("Hidden", True),))
            if job["op"] == "insertRow":
                doc.Sheets.getByName(job["sheet"]).Rows.insertByIndex(job["row"], 1)
            doc.storeToURL(url(job["out"]), (prop("FilterName", "Calc Office Open XML"),))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as LibreOffice quits
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        subprocess.run(["rm", "-rf", profile])

if __name__ == "__main__":
    main(sys.argv[1])
