export { AdminPage, AdminPageWithHeader } from './AdminPage';
export { RequirePorterAdmin } from './RequirePorterAdmin';
