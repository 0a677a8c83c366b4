import { Container, Heading, Toaster } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { AccountForm } from "../../../../components/publish/account-form"

/** Connect an account; on success its own page opens. */
const NewAccountPage = () => {
  const navigate = useNavigate()
  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="px-6 py-4">
        <Heading level="h1">Connect a social account</Heading>
      </div>
      <AccountForm account={null} onSaved={(a) => navigate(`/social/accounts/${a.id}`)} />
    </Container>
  )
}

export default NewAccountPage
