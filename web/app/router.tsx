import { createBrowserRouter } from 'react-router';
import { LoadingIndicator } from '../components/ui/loading-indicator';
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
import { ServicePage } from './pages/service-page';
import { ServicesPage } from './pages/services-page';
import { SocialSpacePage } from './pages/social-space-page';
import { SocialSpacesPage } from './pages/social-spaces-page';
import { StartPage } from './pages/start-page';
import { UserDetailPage } from './pages/user-detail-page';
import { UsersPage } from './pages/users-page';
import { paperManagerRoles, paperReaderRoles } from '../features/committee-papers/paper-roles';
import {
  budgetReaderRoles,
  consultationReaderRoles,
  consultationStaffRoles,
  gapReaderRoles,
  meetingRoles,
  needRecorderRoles,
  networkManagerRoles,
  networkAnalysisReaderRoles,
  projectReaderRoles,
  projectWriterRoles,
  reportReaderRoles,
  serviceEditorRoles,
  spaceManagerRoles,
} from './roles';

// The staff's pages for offers load with their first visit: families on the public map never download them.
const staffServicePages = {
  newService: () => import('./pages/new-service-page').then((m) => ({ Component: m.NewServicePage })),
  editService: () => import('./pages/edit-service-page').then((m) => ({ Component: m.EditServicePage })),
  staleServices: () => import('./pages/stale-services-page').then((m) => ({ Component: m.StaleServicesPage })),
  manageServices: () => import('./pages/manage-services-page').then((m) => ({ Component: m.ManageServicesPage })),
  topics: () => import('./pages/topics-page').then((m) => ({ Component: m.TopicsPage })),
  servicesImport: () => import('./pages/services-import-page').then((m) => ({ Component: m.ServicesImportPage })),
};

// Needs: the public form is lazy too (its privacy guard carries name lists); the staff pages load on first visit.
const needPages = {
  publicNeed: () => import('./pages/public-need-page').then((m) => ({ Component: m.PublicNeedPage })),
  needs: () => import('./pages/needs-page').then((m) => ({ Component: m.NeedsPage })),
  need: () => import('./pages/need-page').then((m) => ({ Component: m.NeedPage })),
  newNeed: () => import('./pages/new-need-page').then((m) => ({ Component: m.NewNeedPage })),
  homeVisit: () => import('./pages/home-visit-page').then((m) => ({ Component: m.HomeVisitPage })),
  needsReview: () => import('./pages/needs-review-page').then((m) => ({ Component: m.NeedsReviewPage })),
  offerSheet: () => import('./pages/offer-sheet-page').then((m) => ({ Component: m.OfferSheetPage })),
  gaps: () => import('./pages/gaps-page').then((m) => ({ Component: m.GapsPage })),
};

// The budget page loads on its first visit.
const budgetPage = () => import('./pages/budget-page').then((m) => ({ Component: m.BudgetPage }));

// The network analysis ("Viele Schultern", the network map) loads on its first visit.
const networkAnalysisPages = {
  manyShoulders: () => import('./pages/many-shoulders-page').then((m) => ({ Component: m.ManyShouldersPage })),
  networkMap: () => import('./pages/network-graph-page').then((m) => ({ Component: m.NetworkGraphPage })),
};

// The yearly report loads on its first visit.
const annualReportPage = () => import('./pages/annual-report-page').then((m) => ({ Component: m.AnnualReportPage }));

// Projects and measures load on their first visit.
const projectPages = {
  projects: () => import('./pages/projects-page').then((m) => ({ Component: m.ProjectsPage })),
  project: () => import('./pages/project-page').then((m) => ({ Component: m.ProjectPage })),
  newProject: () => import('./pages/new-project-page').then((m) => ({ Component: m.NewProjectPage })),
  editProject: () => import('./pages/edit-project-page').then((m) => ({ Component: m.EditProjectPage })),
};

// Network meetings and collegial consultations load on their first visit.
const meetingPages = {
  meetings: () => import('./pages/meetings-page').then((m) => ({ Component: m.MeetingsPage })),
  newMeeting: () => import('./pages/new-meeting-page').then((m) => ({ Component: m.NewMeetingPage })),
  meeting: () => import('./pages/meeting-page').then((m) => ({ Component: m.MeetingPage })),
  consultations: () => import('./pages/consultations-page').then((m) => ({ Component: m.ConsultationsPage })),
  newConsultation: () => import('./pages/new-consultation-page').then((m) => ({ Component: m.NewConsultationPage })),
  consultation: () => import('./pages/consultation-page').then((m) => ({ Component: m.ConsultationPage })),
};

// Committees, their meetings and the committee papers (Vorlagen) load on their first visit.
const paperPages = {
  committees: () => import('./pages/committees-page').then((m) => ({ Component: m.CommitteesPage })),
  papers: () => import('./pages/papers-page').then((m) => ({ Component: m.PapersPage })),
  paper: () => import('./pages/paper-page').then((m) => ({ Component: m.PaperPage })),
  editPaper: () => import('./pages/edit-paper-page').then((m) => ({ Component: m.EditPaperPage })),
};

// Shown while a lazily loaded page arrives on the first load of the app.
const pageLoading = <LoadingIndicator />;

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
          { path: 'angebote', element: <ServicesPage /> },
          { path: 'angebote/:id', element: <ServicePage /> },
          { path: 'bedarf', lazy: needPages.publicNeed, hydrateFallbackElement: pageLoading },
          {
            element: <RequireAccount />,
            children: [
              { path: 'konto', element: <MyAccountPage /> },
              { path: 'netzwerk', element: <NetworkPage /> },
            ],
          },
          {
            // Offers, staff side; the public pages /angebote and /angebote/:id are outside any guard.
            element: <RequireAccount role={serviceEditorRoles} />,
            children: [
              { path: 'angebote/neu', lazy: staffServicePages.newService, hydrateFallbackElement: pageLoading },
              { path: 'angebote/:id/bearbeiten', lazy: staffServicePages.editService, hydrateFallbackElement: pageLoading },
              { path: 'angebote/pruefen', lazy: staffServicePages.staleServices, hydrateFallbackElement: pageLoading },
              { path: 'angebote/verwalten', lazy: staffServicePages.manageServices, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={needRecorderRoles} />,
            children: [
              { path: 'bedarfe', lazy: needPages.needs, hydrateFallbackElement: pageLoading },
              { path: 'bedarfe/neu', lazy: needPages.newNeed, hydrateFallbackElement: pageLoading },
              { path: 'bedarfe/hausbesuch', lazy: needPages.homeVisit, hydrateFallbackElement: pageLoading },
              { path: 'bedarfe/pruefen', lazy: needPages.needsReview, hydrateFallbackElement: pageLoading },
              { path: 'bedarfe/:id', lazy: needPages.need, hydrateFallbackElement: pageLoading },
              { path: 'bedarfe/:id/angebotsblatt', lazy: needPages.offerSheet, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={budgetReaderRoles} />,
            children: [{ path: 'haushalt', lazy: budgetPage, hydrateFallbackElement: pageLoading }],
          },
          {
            element: <RequireAccount role={projectReaderRoles} />,
            children: [
              { path: 'projekte', lazy: projectPages.projects, hydrateFallbackElement: pageLoading },
              { path: 'projekte/:id', lazy: projectPages.project, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={projectWriterRoles} />,
            children: [
              { path: 'projekte/neu', lazy: projectPages.newProject, hydrateFallbackElement: pageLoading },
              { path: 'projekte/:id/bearbeiten', lazy: projectPages.editProject, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={networkAnalysisReaderRoles} />,
            children: [
              { path: 'netzwerk/schultern', lazy: networkAnalysisPages.manyShoulders, hydrateFallbackElement: pageLoading },
              { path: 'netzwerk/karte', lazy: networkAnalysisPages.networkMap, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={meetingRoles} />,
            children: [
              { path: 'treffen', lazy: meetingPages.meetings, hydrateFallbackElement: pageLoading },
              { path: 'treffen/neu', lazy: meetingPages.newMeeting, hydrateFallbackElement: pageLoading },
              { path: 'treffen/:id', lazy: meetingPages.meeting, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={consultationReaderRoles} />,
            children: [{ path: 'beratungen', lazy: meetingPages.consultations, hydrateFallbackElement: pageLoading }],
          },
          {
            element: <RequireAccount role={consultationStaffRoles} />,
            children: [
              { path: 'beratungen/neu', lazy: meetingPages.newConsultation, hydrateFallbackElement: pageLoading },
              { path: 'beratungen/:id', lazy: meetingPages.consultation, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={reportReaderRoles} />,
            children: [{ path: 'bericht', lazy: annualReportPage, hydrateFallbackElement: pageLoading }],
          },
          {
            element: <RequireAccount role={paperReaderRoles} />,
            children: [
              { path: 'gremien', lazy: paperPages.committees, hydrateFallbackElement: pageLoading },
              { path: 'vorlagen', lazy: paperPages.papers, hydrateFallbackElement: pageLoading },
              { path: 'vorlagen/:id', lazy: paperPages.paper, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={paperManagerRoles} />,
            children: [
              { path: 'vorlagen/neu', lazy: paperPages.editPaper, hydrateFallbackElement: pageLoading },
              { path: 'vorlagen/:id/bearbeiten', lazy: paperPages.editPaper, hydrateFallbackElement: pageLoading },
            ],
          },
          {
            element: <RequireAccount role={gapReaderRoles} />,
            children: [{ path: 'luecken', lazy: needPages.gaps, hydrateFallbackElement: pageLoading }],
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
              { path: 'admin/themen', lazy: staffServicePages.topics, hydrateFallbackElement: pageLoading },
              { path: 'admin/angebote-import', lazy: staffServicePages.servicesImport, hydrateFallbackElement: pageLoading },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
