import { ClientMessages } from "@/components/i18n/client-messages";
import { AccountNav } from "@/components/shell/account-nav";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    // The nav's words; each account page names its own, whose provider replaces this one inside it.
    <ClientMessages paths={["shell.accountNav"]}>
      <AccountNav />
      {children}
    </ClientMessages>
  );
}
