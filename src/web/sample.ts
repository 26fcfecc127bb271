// The bundled sample plan, emitted by webpack as a file of its own (asset/resource) and fetched
// only when the user asks for it.
import sampleUrl from "../../samples/sample-plan.xlsx";

export default sampleUrl;
