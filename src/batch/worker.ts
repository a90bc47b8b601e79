// Worker thread entry for tinypool: converts the file it is handed.
import { convert } from "./convert.js";

export default convert;
