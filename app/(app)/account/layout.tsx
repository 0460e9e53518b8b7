import { ClientMessages } from "@/components/i18n/client-messages";
import { AccountNav } from "@/components/shell/account-nav";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {/* Only the nav: each account page sends its own messages, and providers do not add up. */}
      <ClientMessages paths={["shell.accountNav"]}>
        <AccountNav />
      </ClientMessages>
      {children}
    </>
  );
}
