export { departmentRoutes } from "./routes.js";
export { Departments } from "./store.js";
