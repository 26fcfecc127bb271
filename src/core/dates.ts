// Excel serial dates (1900 date system, with Excel's phantom 1900-02-29).
import { addDays } from "date-fns/addDays";
import { formatISO } from "date-fns/formatISO";

const EPOCH = new Date(1899, 11, 30);

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return formatISO(addDays(EPOCH, Math.floor(serial)), { representation: "date" });
}
