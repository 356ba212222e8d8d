import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RequireAccount } from './layout/require-account';
import { AuditLogPage } from './pages/audit-log-page';
import { MyAccountPage } from './pages/my-account-page';
import { NewUserPage } from './pages/new-user-page';
import { NotFoundPage } from './pages/not-found-page';
import { ManageSocialSpacesPage } from './pages/manage-social-spaces-page';
import { NetworkPage } from './pages/network-page';
import { NewOrganizationPage } from './pages/new-organization-page';
import { OrganizationPage } from './pages/organization-page';
import { OrganizationsPage } from './pages/organizations-page';
import { RouteErrorPage } from './pages/route-error-page';
import { SignInPage } from './pages/sign-in-page';
import { SocialSpacePage } from './pages/social-space-page';
import { SocialSpacesPage } from './pages/social-spaces-page';
import { StartPage } from './pages/start-page';
import { UserDetailPage } from './pages/user-detail-page';
import { UsersPage } from './pages/users-page';
import { networkManagerRoles, spaceManagerRoles } from './roles';

// Paths are German (what people see in the address bar); see paths.ts.
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'anmelden', element: <SignInPage /> },
          { path: 'sozialraeume', element: <SocialSpacesPage /> },
          { path: 'sozialraeume/:id', element: <SocialSpacePage /> },
          { path: 'organisationen', element: <OrganizationsPage /> },
          { path: 'organisationen/:id', element: <OrganizationPage /> },
          {
            element: <RequireAccount />,
            children: [
              { path: 'konto', element: <MyAccountPage /> },
              { path: 'netzwerk', element: <NetworkPage /> },
            ],
          },
          {
            element: <RequireAccount role={spaceManagerRoles} />,
            children: [{ path: 'admin/sozialraeume', element: <ManageSocialSpacesPage /> }],
          },
          {
            element: <RequireAccount role={networkManagerRoles} />,
            children: [{ path: 'admin/organisationen/neu', element: <NewOrganizationPage /> }],
          },
          {
            element: <RequireAccount role="admin" />,
            children: [
              { path: 'admin/konten', element: <UsersPage /> },
              { path: 'admin/konten/neu', element: <NewUserPage /> },
              { path: 'admin/konten/:id', element: <UserDetailPage /> },
              { path: 'admin/protokoll', element: <AuditLogPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
